//! One HTTP/1.1 keep-alive connection to the server, reconnected after a transport error.

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::client::conn::http1::SendRequest;
use hyper::header::{CONTENT_TYPE, HOST};
use hyper::{Method, Request};
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;

use crate::endpoint::Endpoint;

/// A connection that sends one request at a time.
pub struct HttpSession {
    endpoint: Endpoint,
    sender: Option<SendRequest<Full<Bytes>>>,
}

impl HttpSession {
    /// Creates a session; it connects on the first call.
    pub fn new(endpoint: Endpoint) -> HttpSession {
        HttpSession {
            endpoint,
            sender: None,
        }
    }

    /// POSTs `body` to `path` and returns the status code and the whole response body.
    /// After a transport error the connection is dropped and the next call reconnects.
    pub async fn post(&mut self, path: &str, body: Bytes) -> Result<(u16, Bytes), String> {
        self.send(Method::POST, path, body).await
    }

    /// GETs `path` and returns the status code and the response body.
    pub async fn get(&mut self, path: &str) -> Result<(u16, Bytes), String> {
        self.send(Method::GET, path, Bytes::new()).await
    }

    async fn send(
        &mut self,
        method: Method,
        path: &str,
        body: Bytes,
    ) -> Result<(u16, Bytes), String> {
        let result = self.try_send(method, path, body).await;
        if result.is_err() {
            self.sender = None;
        }
        result
    }

    async fn try_send(
        &mut self,
        method: Method,
        path: &str,
        body: Bytes,
    ) -> Result<(u16, Bytes), String> {
        let sender = match &mut self.sender {
            Some(sender) => sender,
            None => self.sender.insert(connect(&self.endpoint).await?),
        };
        sender
            .ready()
            .await
            .map_err(|error| format!("connection closed: {error}"))?;

        let request = Request::builder()
            .method(method)
            .uri(path)
            .header(HOST, self.endpoint.authority.as_str())
            .header(CONTENT_TYPE, "application/json")
            .body(Full::new(body))
            .map_err(|error| format!("invalid request for {path}: {error}"))?;
        let response = sender
            .send_request(request)
            .await
            .map_err(|error| format!("request failed: {error}"))?;

        let status = response.status().as_u16();
        let body = response
            .into_body()
            .collect()
            .await
            .map_err(|error| format!("reading the response body failed: {error}"))?
            .to_bytes();
        Ok((status, body))
    }
}

async fn connect(endpoint: &Endpoint) -> Result<SendRequest<Full<Bytes>>, String> {
    let stream = TcpStream::connect(endpoint.addr)
        .await
        .map_err(|error| format!("cannot connect to {}: {error}", endpoint.addr))?;
    stream
        .set_nodelay(true)
        .map_err(|error| format!("cannot set TCP_NODELAY: {error}"))?;

    let (sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .map_err(|error| format!("HTTP handshake with {} failed: {error}", endpoint.addr))?;
    tokio::spawn(async move {
        // The connection ends when the sender is dropped or the server closes it; the next call
        // on this session reports the error and reconnects.
        let _ = connection.await;
    });
    Ok(sender)
}
