//! The URL codec: a [`Query`] from and to the URL query string (see the
//! module documentation of [`crate::query`] for the contract).

use super::{Facet, Leftover, LeftoverReason, Query, View};

impl Query {
    /// Reads a URL query string, with or without its leading `?`. Never
    /// fails; see the module documentation for what becomes a leftover.
    pub fn from_url(s: &str) -> Query {
        let s = s.strip_prefix('?').unwrap_or(s);
        let mut q = Query::default();
        for (key, value) in form_urlencoded::parse(s.as_bytes()) {
            let reason = q.take(&key, &value);
            if let Some(reason) = reason {
                q.leftovers.push(Leftover {
                    key: key.into_owned(),
                    value: value.into_owned(),
                    reason,
                });
            }
        }
        q
    }

    /// Applies one URL pair; returns why it is a leftover, if it is.
    fn take(&mut self, key: &str, value: &str) -> Option<LeftoverReason> {
        match key {
            "q" => {
                if self.text.is_empty() {
                    self.text = value.to_string();
                } else if !value.is_empty() && value != self.text {
                    return Some(LeftoverReason::Repeated);
                }
            }
            "starred" | "mine" => {
                if value != "1" {
                    return Some(LeftoverReason::Malformed);
                }
                if key == "starred" {
                    self.starred = true;
                } else {
                    self.mine = true;
                }
            }
            "view" => match View::from_value(value) {
                Some(v) => self.view = Some(v),
                None => return Some(LeftoverReason::Malformed),
            },
            "s" => {
                if !is_session_id(value) {
                    return Some(LeftoverReason::Malformed);
                }
                match &self.session {
                    None => self.session = Some(value.to_string()),
                    Some(s) if s == value => {}
                    Some(_) => return Some(LeftoverReason::Repeated),
                }
            }
            _ => {
                let Some(facet) = Facet::from_key(key) else {
                    return Some(LeftoverReason::UnknownKey);
                };
                // Slugs are lowercase; a hand-typed `org=IBM` means `ibm`.
                let value = value.to_ascii_lowercase();
                // A day is `conference/day` (`kubecon-2021/day-1`); a bare
                // `day-1` (older links) means that day of every conference.
                let well_formed = is_slug(&value) || (facet == Facet::Day && is_session_id(&value));
                if !well_formed {
                    return Some(LeftoverReason::Malformed);
                }
                let values = self.values_mut(facet);
                if !values.contains(&value) {
                    values.push(value);
                }
                return None;
            }
        }
        None
    }

    /// The link to this view, relative to the page: `?theme=x`, or `.` for
    /// the unfiltered view, so links work under any sub-path.
    pub fn href(&self) -> String {
        let s = self.to_url();
        if s.is_empty() {
            ".".into()
        } else {
            format!("?{s}")
        }
    }

    /// The canonical query string, without a leading `?`; `""` for the
    /// default Query. Keys in canonical order, values in selection order,
    /// leftovers last, in order.
    pub fn to_url(&self) -> String {
        let mut out = String::new();
        if !self.text.is_empty() {
            push_pair(&mut out, "q", &self.text);
        }
        for f in Facet::ALL {
            for v in self.values(f) {
                push_pair(&mut out, f.key(), v);
            }
        }
        if self.starred {
            push_pair(&mut out, "starred", "1");
        }
        if self.mine {
            push_pair(&mut out, "mine", "1");
        }
        if let Some(v) = self.view {
            push_pair(&mut out, "view", v.as_str());
        }
        if let Some(s) = &self.session {
            push_pair(&mut out, "s", s);
        }
        for l in &self.leftovers {
            push_pair(&mut out, &l.key, &l.value);
        }
        out
    }
}

/// Appends `key=value`, form-encoded, to `out`.
fn push_pair(out: &mut String, key: &str, value: &str) {
    if !out.is_empty() {
        out.push('&');
    }
    push_encoded(out, key);
    out.push('=');
    push_encoded(out, value);
}

/// Form-encodes `s` (spaces as `+`), leaving `/` as it is.
fn push_encoded(out: &mut String, s: &str) {
    for chunk in form_urlencoded::byte_serialize(s.as_bytes()) {
        out.push_str(if chunk == "%2F" { "/" } else { chunk });
    }
}

/// True when `s` has the shape of an id made by `text::slugify`: runs of
/// lowercase letters and digits (ASCII lowercase, or any non-ASCII letter or
/// digit) joined by single `-`.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|part| {
            !part.is_empty()
                && part.chars().all(|c| {
                    c.is_ascii_lowercase()
                        || c.is_ascii_digit()
                        || (!c.is_ascii() && c.is_alphanumeric())
                })
        })
}

/// True when `s` has the shape of a session id: `slug/slug`.
pub fn is_session_id(s: &str) -> bool {
    s.split_once('/')
        .is_some_and(|(c, t)| is_slug(c) && is_slug(t))
}
