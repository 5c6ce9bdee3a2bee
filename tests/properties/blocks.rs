//! Properties of the blocks stage.
