//! The call target: a server over HTTP, or a host in this process. A [`Session`] is one worker's
//! channel to the target: a keep-alive connection, or a handle on the in-process host.

use bytes::Bytes;
use runtime::Principal;
use serde_json::Value;
use server::Host;

use crate::cli::Cli;
use crate::endpoint::Endpoint;
use crate::http_session::HttpSession;
use crate::in_process;

/// The call target of a run.
pub enum Transport {
    /// A running server.
    Http(Endpoint),
    /// A host started by this process.
    InProcess(Host),
}

/// The reason a call failed.
pub enum CallError {
    /// The server replied with a non-2xx status, or the host returned an error with this status.
    Status(u16),
    /// The call did not complete: connection error, timeout.
    Failed(String),
}

/// One worker's channel to the target, with the call it repeats.
pub enum Session {
    /// A keep-alive connection and the encoded params.
    Http {
        session: HttpSession,
        endpoint: Endpoint,
        body: Bytes,
    },
    /// The host and the params.
    InProcess {
        host: Host,
        principal: Principal,
        params: Value,
    },
}

impl Transport {
    /// Checks the URL, or starts the in-process host.
    pub fn from_cli(cli: &Cli) -> Result<Transport, String> {
        if !cli.in_process {
            return Ok(Transport::Http(Endpoint::parse(&cli.url)?));
        }
        let data_dir = cli
            .data_dir
            .as_deref()
            .ok_or("--in-process needs --data-dir DIR (a new, empty directory)")?;
        Ok(Transport::InProcess(in_process::start(
            data_dir,
            cli.durability,
        )?))
    }

    /// Returns a description for the report.
    pub fn describe(&self) -> String {
        match self {
            Transport::Http(endpoint) => format!("HTTP/1.1 keep-alive to {}", endpoint.addr),
            Transport::InProcess(_) => "in-process Host::call".to_string(),
        }
    }

    /// Opens a session that sends `body` as the params of every call.
    pub fn session(&self, body: &str) -> Result<Session, String> {
        let params: Value = serde_json::from_str(body)
            .map_err(|error| format!("--body is not valid JSON: {error}"))?;
        Ok(match self {
            Transport::Http(endpoint) => Session::Http {
                session: HttpSession::new(endpoint.clone()),
                endpoint: endpoint.clone(),
                body: Bytes::from(body.to_string()),
            },
            Transport::InProcess(host) => Session::InProcess {
                host: host.clone(),
                principal: in_process::principal(),
                params,
            },
        })
    }

    /// Returns the number of open instances the target reports.
    pub async fn open_instances(&self) -> Result<u64, String> {
        match self {
            Transport::InProcess(host) => Ok(host.open_instances() as u64),
            Transport::Http(endpoint) => {
                let mut session = HttpSession::new(endpoint.clone());
                let path = format!("{}/health", endpoint.base_path);
                let (status, body) = session.get(&path).await?;
                let health: Value = serde_json::from_slice(&body)
                    .map_err(|error| format!("GET {path} returned invalid JSON: {error}"))?;
                health["instances_open"].as_u64().ok_or_else(|| {
                    format!("GET {path} returned status {status} without `instances_open`")
                })
            }
        }
    }

    /// Stops the in-process host, closing its databases.
    pub async fn shutdown(&self) {
        if let Transport::InProcess(host) = self {
            host.shutdown().await;
        }
    }
}

impl Session {
    /// Calls `method` on instance `name` of `class`.
    pub async fn call(&mut self, class: &str, name: &str, method: &str) -> Result<(), CallError> {
        match self {
            Session::Http {
                session,
                endpoint,
                body,
            } => {
                let path = endpoint.call_path(class, name, method);
                match session.post(&path, body.clone()).await {
                    Ok((status, _)) if (200..300).contains(&status) => Ok(()),
                    Ok((status, _)) => Err(CallError::Status(status)),
                    Err(message) => Err(CallError::Failed(message)),
                }
            }
            Session::InProcess {
                host,
                principal,
                params,
            } => host
                .call(
                    class,
                    name,
                    method,
                    params.clone(),
                    principal.clone(),
                    Vec::new(),
                )
                .await
                .map(|_| ())
                .map_err(|error| CallError::Status(error.status())),
        }
    }
}
