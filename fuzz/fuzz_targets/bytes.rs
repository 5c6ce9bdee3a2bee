#![no_main]
//! Bytes in: invalid UTF-8 is an error that points at the right byte; lossy decoding
//! always analyses.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    match tidings::from_utf8(bytes) {
        Ok(text) => {
            let _ = tidings::analyze(text);
        }
        Err(tidings::Error::InvalidUtf8 { valid_up_to, .. }) => {
            assert!(std::str::from_utf8(&bytes[..valid_up_to]).is_ok());
            assert!(std::str::from_utf8(bytes).is_err());
        }
        Err(e) => panic!("unexpected error {e}"),
    }
    let lossy = tidings::from_utf8_lossy(bytes);
    let _ = tidings::analyze(&lossy);
});
