//! Builds the given-names Bloom filter (`OUT_DIR/given_names.bloom`) from
//! `data/given-names.txt`; `src/parse/names.rs` includes it. The hashing
//! here and there must agree: FNV-1a (64 bits) of the folded name, double
//! hashing with its two halves.

use std::io::Write;

/// Bits in the filter (20 KiB) and hashes per name: about 0.5% false
/// positives for the ~15,000 names.
const BITS: u64 = 163_840;
const HASHES: u64 = 7;

fn fnv1a(s: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn main() {
    println!("cargo:rerun-if-changed=data/given-names.txt");
    let text = std::fs::read_to_string("data/given-names.txt").expect("data/given-names.txt");
    let mut bits = vec![0u8; (BITS / 8) as usize];
    for name in text
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let h = fnv1a(name.as_bytes());
        let (h1, h2) = (h & 0xffff_ffff, (h >> 32) | 1);
        for i in 0..HASHES {
            let bit = h1.wrapping_add(i.wrapping_mul(h2)) % BITS;
            bits[(bit / 8) as usize] |= 1 << (bit % 8);
        }
    }
    let out =
        std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("given_names.bloom");
    std::fs::File::create(out)
        .and_then(|mut f| f.write_all(&bits))
        .expect("write the Bloom filter");
}
