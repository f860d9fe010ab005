//! SSE2 compares of 16 bytes at once, for the search of the HTML escapers:
//! the one use of `unsafe` in this project.
//!
//! Measured against the eight-byte SWAR search on the same build
//! (`cargo bench -p benches`): the `page` workload (a hundred 25-45 byte
//! texts) renders in 2.93 µs instead of 3.34, dense text escapes in 5.2 µs
//! instead of 6.7 (minified) and 7.5 instead of 7.9 (haml's five
//! characters). The URL escaper skips 16 bytes at a time where none is
//! outside `!`..`~` or one of a few it looks at ([`url_bytes_to_look_at`]):
//! the `nav` page of the suite (267 links, 18.6 KB of paths) renders in
//! about half the time of the byte loop it had.
//! Safe `std::arch` calls would need `#[target_feature]` on every caller,
//! which makes those callers unsafe to call in turn.
//!
//! SAFETY (every block below): SSE2 is part of the x86_64 baseline (every
//! x86_64 CPU has it and the target enables it), and the one load reads
//! the 16 bytes of a `[u8; 16]`, unaligned loads allowed.
#![allow(unsafe_code)]

use std::arch::x86_64::{
    __m128i, _mm_and_si128, _mm_andnot_si128, _mm_cmpeq_epi8, _mm_cmpgt_epi8, _mm_loadu_si128,
    _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8, _mm_setzero_si128,
};

/// The 16 bytes of `block` (which must be 16 long) in a register.
#[inline(always)]
fn load(block: &[u8]) -> __m128i {
    let block: &[u8; 16] = block.try_into().expect("16 bytes");
    unsafe { _mm_loadu_si128(block.as_ptr().cast()) }
}

/// Bit `i` is set where `block[i]` is one of `targets`; `block` must be 16
/// bytes long.
#[inline(always)]
pub(crate) fn special_bytes<const N: usize>(block: &[u8], targets: &[u8; N]) -> u32 {
    let v = load(block);
    unsafe {
        let mut m = _mm_setzero_si128();
        for &t in targets {
            m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8(t as i8)));
        }
        _mm_movemask_epi8(m) as u32
    }
}

/// Bit `i` is set where `block[i]` is a byte a whole URL is not written
/// with as it is: outside `!`..=`~` (controls, space, DEL, non-ASCII), or
/// one of `"&'<=>\\^`{|}` (`'` and `=` are kept but make the value need
/// quotes, `&` may be). The sets are tested as ranges and with bit tricks,
/// in a tree of `or`s: half the work of one compare per byte value.
/// `block` must be 16 bytes long.
#[inline(always)]
pub(crate) fn url_bytes_to_look_at(block: &[u8]) -> u32 {
    let v = load(block);
    let set = |b: u8| unsafe { _mm_set1_epi8(b as i8) };
    unsafe {
        let eq = |b: u8| _mm_cmpeq_epi8(v, set(b));
        let gt = |b: u8| _mm_cmpgt_epi8(v, set(b));
        // Signed: bytes from 0x80 are negative, so not greater than 0x20.
        let printable = gt(0x20);
        // `{` `|` `}` DEL: above `z`, but not `~`.
        let high = _mm_andnot_si128(eq(b'~'), gt(b'z'));
        // `&` and `'` (0x26, 0x27); `\` and `^` (0x5c, 0x5e).
        let amp_quote = _mm_cmpeq_epi8(_mm_or_si128(v, set(1)), set(b'\''));
        let backslash_caret = _mm_cmpeq_epi8(_mm_or_si128(v, set(2)), set(b'^'));
        // `<` `=` `>`.
        let angles = _mm_and_si128(gt(b';'), _mm_cmpgt_epi8(set(b'?'), v));
        let singles = _mm_or_si128(eq(b'"'), eq(b'`'));
        let special = _mm_or_si128(
            _mm_or_si128(high, amp_quote),
            _mm_or_si128(_mm_or_si128(backslash_caret, angles), singles),
        );
        _mm_movemask_epi8(_mm_andnot_si128(printable, _mm_set1_epi8(-1))) as u32
            | _mm_movemask_epi8(special) as u32
    }
}
