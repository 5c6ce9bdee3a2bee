//! Speech and writing cues: verbs in every tense and cue phrases.
