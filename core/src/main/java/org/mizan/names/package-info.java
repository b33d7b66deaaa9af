/**
 * The name pipeline shared by indexing and querying: raw name text in, comparable name parts out.
 *
 * <p>Entry type: {@link org.mizan.names.NameNormalizer}. Order of the pipeline: (1) Unicode NFKC;
 * (2) removal of format and control characters (zero-width joiners, bidi marks, tatweel); (3) Latin
 * case and diacritic folding; (4) Arabic orthographic normalisation (alef and hamza forms, alef
 * maqsura, ta marbuta, harakat); (5) tokenisation on spaces, punctuation and the MRZ filler {@code
 * <}, with the particles al/el, bin/ibn/ben, abu/abou, abd/abdul/abdel recognised; (6)
 * transliteration of each part to a Latin key and a consonant skeleton (ICU4J). Pure functions,
 * thread-safe; depends on {@code model} and ICU4J only.
 */
package org.mizan.names;
