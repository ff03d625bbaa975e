//! The audit: the classic networking mistakes measured in the caller's own
//! records, and the self-assessment that turns answers and findings into
//! an action plan.

use crate::{App, AppError, Caller, Result};
use rete_core::audit::{audit, Finding};
use rete_core::quiz::{self, QUESTIONS};
use rete_i18n::t;
use serde::Serialize;

/// One question of the self-assessment, in the caller's language.
#[derive(Debug, Clone, Serialize)]
pub struct Question {
    pub id: &'static str,
    pub text: String,
}

impl App {
    /// What the records show, worst first, each with its evidence.
    pub async fn audit(&self, caller: &Caller) -> Result<Vec<Finding>> {
        let people = self.store.people(caller.account).await?;
        let interactions = self.store.interactions(caller.account, None).await?;
        let exchanges = self.store.exchanges(caller.account, None).await?;
        Ok(audit(&people, &interactions, &exchanges, caller.today, caller.lang))
    }

    /// The self-assessment's questions, in order.
    pub fn quiz(&self, caller: &Caller) -> Vec<Question> {
        QUESTIONS.iter().map(|id| Question { id, text: quiz::question(id, caller.lang) }).collect()
    }

    /// The action plan, in Markdown, from one yes/no per question and the
    /// audit's findings.
    pub async fn action_plan(&self, caller: &Caller, answers: &[bool]) -> Result<String> {
        if answers.len() != QUESTIONS.len() {
            let l = caller.lang.as_str();
            let message = t!("quiz.answers_count", locale = l, expected = QUESTIONS.len(), got = answers.len());
            return Err(AppError::invalid("answers", message));
        }
        let findings = self.audit(caller).await?;
        Ok(quiz::plan(answers, &findings, caller.lang))
    }
}
