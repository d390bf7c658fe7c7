//! The caller of a method ([`Principal`]) and the grant matching that decides whether it may call.
//!
//! Permissions and grants are `:`-separated segments and match whole segments only:
//! - `*` alone matches every permission;
//! - a trailing `*` segment matches one or more remaining segments (`members:*` matches
//!   `members:invite` and `members:invite:bulk`, but not `members` itself);
//! - `*` anywhere else matches exactly one segment (`*:read` matches `members:read`);
//! - any other segment matches only itself, so `members:*` never matches `membersx:read`.
//!
//! The permission [`PUBLIC`] on a method means that no grant is needed.

use serde::{Deserialize, Serialize};

use crate::error::Error;

/// The permission value of a method that anyone, even the anonymous principal, may call.
pub const PUBLIC: &str = "public";

/// The caller: a subject (absent for the anonymous principal) and its grants.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Principal {
    /// The authenticated subject, e.g. `user:42`; `None` for the anonymous principal.
    pub subject: Option<String>,
    /// Grant patterns, e.g. `members:*`.
    pub grants: Vec<String>,
}

impl Principal {
    /// Creates an authenticated principal.
    pub fn new(subject: impl Into<String>, grants: Vec<String>) -> Self {
        Principal {
            subject: Some(subject.into()),
            grants,
        }
    }

    /// Creates the anonymous principal with the given grants (none unless a host configures some).
    pub fn anonymous(grants: Vec<String>) -> Self {
        Principal {
            subject: None,
            grants,
        }
    }

    /// Creates the principal that scheduled tasks run as: subject `system:scheduler`, grant `*`.
    pub fn system() -> Self {
        Principal::new("system:scheduler", vec!["*".to_string()])
    }

    /// Returns true for the anonymous principal.
    pub fn is_anonymous(&self) -> bool {
        self.subject.is_none()
    }

    /// Returns true when one of the grants matches `permission` (always true for [`PUBLIC`]).
    pub fn has(&self, permission: &str) -> bool {
        permission == PUBLIC
            || self
                .grants
                .iter()
                .any(|grant| grant_matches(grant, permission))
    }

    /// Checks that this principal may call `method`, which needs `permission`.
    ///
    /// Returns `UNAUTHENTICATED` for an anonymous principal without the grant, so the caller knows
    /// to send credentials, and `FORBIDDEN` for an authenticated one.
    pub fn authorize(&self, method: &str, permission: &str) -> Result<(), Error> {
        if self.has(permission) {
            return Ok(());
        }

        match &self.subject {
            None => Err(Error::unauthenticated(format!(
                "method `{method}` needs the permission `{permission}`; send a bearer token whose grants include it"
            ))),
            Some(subject) => Err(Error::forbidden(format!(
                "`{subject}` has no grant matching `{permission}`, which method `{method}` needs"
            ))),
        }
    }
}

/// Returns true when the grant pattern matches the permission, segment by segment.
pub fn grant_matches(grant: &str, permission: &str) -> bool {
    if grant == "*" {
        return true;
    }

    let grant_segments: Vec<&str> = grant.split(':').collect();
    let permission_segments: Vec<&str> = permission.split(':').collect();

    for (index, grant_segment) in grant_segments.iter().enumerate() {
        let is_last = index + 1 == grant_segments.len();
        let Some(permission_segment) = permission_segments.get(index) else {
            return false;
        };

        if *grant_segment == "*" && is_last {
            return true;
        }
        if *grant_segment != "*" && grant_segment != permission_segment {
            return false;
        }
    }

    grant_segments.len() == permission_segments.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grant_matching_table() {
        let cases = [
            ("*", "anything", true),
            ("*", "members:invite:bulk", true),
            ("members:*", "members:invite", true),
            ("members:*", "members:invite:bulk", true),
            ("members:*", "members", false),
            ("members:*", "membersx:read", false),
            ("members:invite", "members:invite", true),
            ("members:invite", "members:invite:bulk", false),
            ("members:invite", "members", false),
            ("members", "members:invite", false),
            ("members:read", "membersx:read", false),
            ("*:read", "members:read", true),
            ("*:read", "members:write", false),
            ("*:read", "members:read:all", false),
            ("members:*:bulk", "members:invite:bulk", true),
            ("members:*:bulk", "members:invite:one", false),
            ("", "members", false),
        ];
        for (grant, permission, expected) in cases {
            assert_eq!(
                grant_matches(grant, permission),
                expected,
                "grant `{grant}` vs `{permission}`"
            );
        }
    }

    #[test]
    fn public_needs_no_grant() {
        assert!(Principal::anonymous(vec![]).has(PUBLIC));
    }

    #[test]
    fn anonymous_without_grant_is_unauthenticated() {
        let error = Principal::anonymous(vec![])
            .authorize("increment", "counter:write")
            .unwrap_err();
        assert_eq!(error.status(), 401);
    }

    #[test]
    fn subject_without_grant_is_forbidden() {
        let principal = Principal::new("user:1", vec!["other:*".into()]);
        let error = principal
            .authorize("increment", "counter:write")
            .unwrap_err();
        assert_eq!(error.status(), 403);
    }

    #[test]
    fn anonymous_with_configured_grant_is_allowed() {
        let principal = Principal::anonymous(vec!["counter:*".into()]);
        assert!(principal.authorize("increment", "counter:write").is_ok());
    }
}
