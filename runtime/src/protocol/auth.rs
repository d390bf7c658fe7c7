//! Bearer tokens: the `[[tokens]]` and `[anonymous]` tables of the config file, and the resolution
//! of an `Authorization` header or a bare token to a [`Principal`].
//!
//! Tokens are kept only as SHA-256 digests, so the table in memory does not hold them in clear
//! and lookups do not compare secrets byte by byte.

use std::collections::HashMap;

use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::error::Error;
use crate::principal::Principal;

/// One `[[tokens]]` entry of the config file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TokenEntry {
    /// The bearer token.
    pub token: String,
    /// Subject the token authenticates as.
    pub subject: String,
    /// Grants of that subject.
    #[serde(default)]
    pub grants: Vec<String>,
}

/// `[anonymous]` in the config file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnonymousFile {
    /// Grants of the anonymous principal.
    #[serde(default)]
    pub grants: Vec<String>,
}

/// The token table and the anonymous principal.
#[derive(Debug, Clone)]
pub struct Auth {
    tokens: HashMap<[u8; 32], Principal>,
    anonymous: Principal,
}

impl Auth {
    /// Builds the table; rejects empty or duplicate tokens.
    pub fn new(entries: Vec<TokenEntry>, anonymous_grants: Vec<String>) -> Result<Auth, String> {
        let mut tokens = HashMap::new();
        for entry in entries {
            if entry.token.is_empty() {
                return Err(format!("token of subject `{}` is empty", entry.subject));
            }
            let principal = Principal::new(entry.subject.clone(), entry.grants);
            if tokens.insert(digest(&entry.token), principal).is_some() {
                return Err(format!(
                    "the token of subject `{}` is listed twice in [[tokens]]",
                    entry.subject
                ));
            }
        }

        Ok(Auth {
            tokens,
            anonymous: Principal::anonymous(anonymous_grants),
        })
    }

    /// Development mode: no tokens, and the anonymous principal has the grant `*`.
    pub fn development() -> Auth {
        Auth {
            tokens: HashMap::new(),
            anonymous: Principal::anonymous(vec!["*".to_string()]),
        }
    }

    /// Resolves an `Authorization` header value (or `None` when absent) to a principal.
    /// A header that is present but not a known bearer token is `UNAUTHENTICATED`.
    pub fn authenticate(&self, authorization: Option<&str>) -> Result<Principal, Error> {
        let Some(header) = authorization else {
            return Ok(self.anonymous.clone());
        };

        let token = header
            .strip_prefix("Bearer ")
            .or_else(|| header.strip_prefix("bearer "))
            .ok_or_else(|| {
                Error::unauthenticated("the Authorization header must be `Bearer <token>`")
            })?;
        self.authenticate_token(token.trim())
    }

    /// Resolves a bare token.
    pub fn authenticate_token(&self, token: &str) -> Result<Principal, Error> {
        self.tokens
            .get(&digest(token))
            .cloned()
            .ok_or_else(|| Error::unauthenticated("the bearer token is not valid"))
    }
}

fn digest(token: &str) -> [u8; 32] {
    Sha256::digest(token.as_bytes()).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn auth() -> Auth {
        let entry = TokenEntry {
            token: "secret".into(),
            subject: "user:1".into(),
            grants: vec!["counter:*".into()],
        };
        Auth::new(vec![entry], vec![]).unwrap()
    }

    #[test]
    fn valid_token_resolves_subject() {
        let principal = auth().authenticate(Some("Bearer secret")).unwrap();
        assert_eq!(principal.subject.as_deref(), Some("user:1"));
    }

    #[test]
    fn missing_header_is_anonymous() {
        assert!(auth().authenticate(None).unwrap().is_anonymous());
    }

    #[test]
    fn invalid_token_is_unauthenticated() {
        let error = auth().authenticate(Some("Bearer wrong")).unwrap_err();
        assert_eq!(error.status(), 401);
    }

    #[test]
    fn other_scheme_is_unauthenticated() {
        assert!(auth().authenticate(Some("Basic abc")).is_err());
    }

    #[test]
    fn empty_token_is_rejected() {
        let entry = TokenEntry {
            token: String::new(),
            subject: "a".into(),
            grants: vec![],
        };
        assert!(Auth::new(vec![entry], vec![]).is_err());
    }

    #[test]
    fn duplicate_token_is_rejected() {
        let entry = TokenEntry {
            token: "t".into(),
            subject: "a".into(),
            grants: vec![],
        };
        let twice = vec![
            entry.clone(),
            TokenEntry {
                subject: "b".into(),
                ..entry
            },
        ];
        assert!(Auth::new(twice, vec![]).is_err());
    }
}
