//! The author's checker page (`?view=check`): the notes' diagnostics
//! grouped by file, for the app to draw. Pure; the app only renders it.

use crate::model::{Library, Severity};

/// The remarks on one notes file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileRemarks {
    /// The file's path, as the notes name it (`notes/kubecon-2021.md`).
    pub file: String,
    /// Indices into `Library::diagnostics`, by line (whole-file remarks,
    /// line 0, first).
    pub remarks: Vec<usize>,
    /// How many of them are errors (the rest are warnings).
    pub errors: usize,
}

/// The library's diagnostics grouped by file, files in path order, each
/// file's remarks by line; files with errors are not reordered (the
/// severity shows on each remark and in the file's count).
pub fn remarks_by_file(lib: &Library) -> Vec<FileRemarks> {
    let d = &lib.diagnostics;
    let order = crate::order::sorted_indices(d.len(), &|a, b| {
        (&d[a].file, d[a].line).cmp(&(&d[b].file, d[b].line))
    });
    let mut out: Vec<FileRemarks> = Vec::new();
    for i in order {
        let file = &d[i].file;
        if out.last().is_none_or(|g| g.file != *file) {
            out.push(FileRemarks {
                file: file.clone(),
                remarks: Vec::new(),
                errors: 0,
            });
        }
        if let Some(g) = out.last_mut() {
            g.remarks.push(i);
            if d[i].severity == Severity::Error {
                g.errors += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Diagnostic;

    fn diag(file: &str, line: u32, severity: Severity) -> Diagnostic {
        Diagnostic {
            file: file.into(),
            line,
            severity,
            message: format!("at {line}"),
            fix: None,
        }
    }

    #[test]
    fn remarks_are_grouped_by_file_in_path_order_then_by_line() {
        let lib = Library {
            diagnostics: vec![
                diag("notes/b.md", 9, Severity::Warning),
                diag("notes/a.md", 12, Severity::Error),
                diag("notes/b.md", 2, Severity::Warning),
                diag("notes/a.md", 0, Severity::Warning),
            ],
            ..Library::default()
        };
        let groups = remarks_by_file(&lib);
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].file, "notes/a.md");
        assert_eq!(groups[0].remarks, [3, 1]);
        assert_eq!(groups[0].errors, 1);
        assert_eq!(groups[1].file, "notes/b.md");
        assert_eq!(groups[1].remarks, [2, 0]);
        assert_eq!(groups[1].errors, 0);
    }
}
