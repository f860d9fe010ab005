//! SSE2 compares of 16 bytes at once, for the search of the HTML escapers:
//! the one use of `unsafe` in this project.
//!
//! Measured against the eight-byte SWAR search on the same build
//! (`cargo bench -p benches`): the `page` workload (a hundred 25-45 byte
//! texts) renders in 2.93 µs instead of 3.34, dense text escapes in 5.2 µs
//! instead of 6.7 (minified) and 7.5 instead of 7.9 (haml's five
//! characters). The URL escaper skips 16 bytes at a time where none is
//! outside `!`..`~` or one of a few it looks at ([`outside_or_special`]):
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
    __m128i, _mm_cmpeq_epi8, _mm_cmpgt_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128,
    _mm_set1_epi8, _mm_setzero_si128,
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

/// Bit `i` is set where `block[i]` is outside `!`..=`~` (controls, space,
/// DEL, non-ASCII) or one of `targets`; `block` must be 16 bytes long.
#[inline(always)]
pub(crate) fn outside_or_special<const N: usize>(block: &[u8], targets: &[u8; N]) -> u32 {
    let v = load(block);
    unsafe {
        // Signed: bytes from 0x80 are negative, so not greater than 0x20.
        let printable = _mm_movemask_epi8(_mm_cmpgt_epi8(v, _mm_set1_epi8(0x20))) as u32;
        let mut m = _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7f));
        for &t in targets {
            m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8(t as i8)));
        }
        (!printable & 0xffff) | _mm_movemask_epi8(m) as u32
    }
}
