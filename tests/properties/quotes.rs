//! Properties of the quotes stage.
