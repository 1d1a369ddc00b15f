// The given-names Bloom filter's hashing, shared by build.rs (which writes
// the filter, through `include!`) and parse/names.rs (which reads it), so
// the two can never disagree. Plain items only: build.rs includes this
// file as it is.

/// Bits in the filter (20 KiB) and hashes per name: about 0.5% false
/// positives for the ~15,000 names.
pub(crate) const BLOOM_BITS: u64 = 163_840;
const BLOOM_HASHES: u64 = 7;

/// FNV-1a (64 bits) of `s`.
fn fnv1a(s: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The filter's bits for a folded name: double hashing with the two
/// halves of its FNV-1a hash.
pub(crate) fn bloom_bits(folded: &str) -> impl Iterator<Item = u64> {
    let h = fnv1a(folded.as_bytes());
    let (h1, h2) = (h & 0xffff_ffff, (h >> 32) | 1);
    (0..BLOOM_HASHES).map(move |i| h1.wrapping_add(i.wrapping_mul(h2)) % BLOOM_BITS)
}
