//! The self-assessment of the 17 common networking mistakes, and the
//! action plan that joins your answers with what your data shows.

use crate::audit::Finding;
use crate::vocab::Lang;
use rete_i18n::t;

/// The mistakes, in the order the quiz asks about them. Where an id
/// equals an audit finding's, the plan cites the data beside the answer.
pub const QUESTIONS: [&str; 17] = [
    "dress_body_language",
    "dismissing_people",
    "expecting_work",
    "uninformed",
    "no_cards",
    "collecting_cards",
    "thinking_of_yourself",
    "vague",
    "aiming_too_high",
    "barging_in",
    "exaggerating",
    "monopolising",
    "no_follow_up",
    "selling_in_follow_up",
    "only_when_needing",
    "abusing_network",
    "not_thanking",
];

/// The question's text.
pub fn question(id: &str, lang: Lang) -> String {
    t!(format!("quiz.{id}.q"), locale = lang.as_str()).into_owned()
}

/// The quiz's own words: `intro`, `prompt`, `again`.
pub fn ui(key: &str, lang: Lang) -> String {
    t!(format!("quiz.{key}"), locale = lang.as_str()).into_owned()
}

/// Reads one answer: yes/no in either language.
pub fn parse_answer(text: &str) -> Option<bool> {
    match text.trim().to_lowercase().as_str() {
        "y" | "yes" | "s" | "si" | "sì" | "true" | "1" => Some(true),
        "n" | "no" | "false" | "0" => Some(false),
        _ => None,
    }
}

/// The action plan in Markdown: first the mistakes you recognised, each
/// with its advice and the evidence in your data; then what the data shows
/// that you did not recognise.
pub fn plan(answers: &[bool], findings: &[Finding], lang: Lang) -> String {
    let l = lang.as_str();
    let mut out = format!("# {}\n\n", t!("quiz.plan_title", locale = l));
    let yes: Vec<&str> = QUESTIONS.iter().zip(answers).filter(|(_, a)| **a).map(|(q, _)| *q).collect();
    if yes.is_empty() {
        out.push_str(&format!("{}\n\n", t!("quiz.none_recognised", locale = l)));
    } else {
        out.push_str(&format!("## {}\n\n", t!("quiz.recognised", locale = l)));
        for (n, id) in yes.iter().enumerate() {
            out.push_str(&format!(
                "{}. **{}**\n   {}\n",
                n + 1,
                t!(format!("quiz.{id}.title"), locale = l),
                t!(format!("quiz.{id}.advice"), locale = l)
            ));
            if let Some(f) = findings.iter().find(|f| f.id == *id) {
                out.push_str(&format!("   _{}_: {} {}\n", t!("quiz.your_data", locale = l), f.text, f.next_step));
            }
            out.push('\n');
        }
    }
    let unseen: Vec<&Finding> = findings.iter().filter(|f| !yes.contains(&f.id)).collect();
    if !unseen.is_empty() {
        out.push_str(&format!("## {}\n\n", t!("quiz.data_shows", locale = l)));
        for f in unseen {
            out.push_str(&format!("- {} {}\n", f.text, f.next_step));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_question_exists_in_both_languages() {
        for id in QUESTIONS {
            for lang in [Lang::En, Lang::It] {
                for part in ["q", "title", "advice"] {
                    let key = format!("quiz.{id}.{part}");
                    let text = t!(&key, locale = lang.as_str());
                    assert_ne!(text, key, "missing {key} in {lang}");
                }
            }
        }
        assert_ne!(question("vague", Lang::It), question("vague", Lang::En));
    }

    #[test]
    fn answers_in_either_language() {
        assert_eq!(parse_answer("Sì"), Some(true));
        assert_eq!(parse_answer(" no "), Some(false));
        assert_eq!(parse_answer("forse"), None);
    }
}
