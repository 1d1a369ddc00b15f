//! Builds the given-names Bloom filter (`OUT_DIR/given_names.bloom`) from
//! `data/given-names.txt`; `src/parse/names.rs` includes it. Both use the
//! hashing of `src/parse/bloom.rs`.

use std::io::Write;

include!("src/parse/bloom.rs");

fn main() {
    println!("cargo:rerun-if-changed=data/given-names.txt");
    println!("cargo:rerun-if-changed=src/parse/bloom.rs");
    let text = std::fs::read_to_string("data/given-names.txt").expect("data/given-names.txt");
    let mut bits = vec![0u8; (BLOOM_BITS / 8) as usize];
    for name in text
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        for bit in bloom_bits(name) {
            bits[(bit / 8) as usize] |= 1 << (bit % 8);
        }
    }
    let out =
        std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("given_names.bloom");
    std::fs::File::create(out)
        .and_then(|mut f| f.write_all(&bits))
        .expect("write the Bloom filter");
}
