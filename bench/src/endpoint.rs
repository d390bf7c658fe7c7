//! The HTTP target: a base URL whose host must be a loopback address, so load only ever goes to
//! this machine.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use hyper::Uri;

/// A parsed, checked base URL.
#[derive(Debug, Clone)]
pub struct Endpoint {
    /// Address to connect to.
    pub addr: SocketAddr,
    /// `Host` header value.
    pub authority: String,
    /// Path prefix without a trailing `/` (usually empty).
    pub base_path: String,
}

impl Endpoint {
    /// Parses `url` and rejects any host outside 127.0.0.0/8, ::1 and `localhost`.
    pub fn parse(url: &str) -> Result<Endpoint, String> {
        let uri: Uri = url
            .parse()
            .map_err(|error| format!("invalid --url `{url}`: {error}"))?;
        if uri.scheme_str() != Some("http") {
            return Err(format!(
                "invalid --url `{url}`: only http:// URLs are supported"
            ));
        }
        let host = uri
            .host()
            .ok_or_else(|| format!("invalid --url `{url}`: the host is missing"))?;
        let port = uri.port_u16().unwrap_or(80);

        let ip = loopback_ip(host).ok_or_else(|| {
            format!(
                "rejected --url `{url}`: the host `{host}` is not a loopback address; use 127.0.0.1, [::1] or localhost"
            )
        })?;
        let authority = uri
            .authority()
            .map(|authority| authority.as_str().to_string())
            .unwrap_or_else(|| host.to_string());
        Ok(Endpoint {
            addr: SocketAddr::new(ip, port),
            authority,
            base_path: uri.path().trim_end_matches('/').to_string(),
        })
    }

    /// Returns the request path of a method call.
    pub fn call_path(&self, class: &str, name: &str, method: &str) -> String {
        format!("{}/{class}/{name}/{method}", self.base_path)
    }
}

/// Returns the address for a loopback host, or `None` for any other host. `localhost` maps to
/// 127.0.0.1 without a DNS lookup.
fn loopback_ip(host: &str) -> Option<IpAddr> {
    if host.eq_ignore_ascii_case("localhost") {
        return Some(IpAddr::V4(Ipv4Addr::LOCALHOST));
    }
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    let ip: IpAddr = bare.parse().ok()?;
    ip.is_loopback().then_some(ip)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_hosts_accepted() {
        for url in [
            "http://127.0.0.1:8787",
            "http://127.4.5.6:1/",
            "http://localhost:8787",
            "http://[::1]:8787",
        ] {
            assert!(Endpoint::parse(url).is_ok(), "{url}");
        }
    }

    #[test]
    fn other_hosts_rejected() {
        for url in [
            "http://10.0.0.1:8787",
            "http://192.168.1.1",
            "http://example.com",
            "http://0.0.0.0:8787",
            "http://[::]:8787",
            "https://127.0.0.1",
        ] {
            assert!(Endpoint::parse(url).is_err(), "{url}");
        }
    }

    #[test]
    fn call_path_joins_segments() {
        let endpoint = Endpoint::parse("http://127.0.0.1:9/").unwrap();
        assert_eq!(
            endpoint.call_path("counter", "a", "increment"),
            "/counter/a/increment"
        );
    }
}
