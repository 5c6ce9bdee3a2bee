//! Properties of the sentences stage.
