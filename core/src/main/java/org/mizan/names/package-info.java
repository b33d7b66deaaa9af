/**
 * The name pipeline shared by indexing and querying: raw name text in, comparable name parts out.
 *
 * <p>Entry type: {@link org.mizan.names.NameNormalizer}. Order of the pipeline, each step a small
 * pure class: (1) Unicode NFKC; (2) removal of format and control characters (zero-width joiners,
 * bidi marks, tatweel); (3) case and diacritic folding; (4) Arabic orthographic normalisation (alef
 * and hamza forms, alef maqsura, ta marbuta, harakat, Persian yeh and keheh, Arabic-Indic digits);
 * (5) separators (spaces, punctuation, the MRZ filler {@code <}) to single spaces; (5b) Cyrillic
 * and Greek look-alike letters inside Latin words to Latin (UTS #39 confusables; also run before
 * (3), for capital look-alikes such as Cyrillic {@code Н}); (6) the split into parts, with the
 * article al/ال split off Arabic words and the particles al/el, bin/ibn/ben, abu/umm, abd/abdul
 * recognised; (7) for each part an ASCII key (ICU4J transliteration) and a consonant skeleton, and
 * for Arabic parts with {@code ق ج ث ذ ض ظ} the skeletons of their other readings in Latin
 * spellings (Persian, Egyptian, Gulf and Maghrebi). Pure functions, thread-safe; depends on {@code
 * model} and ICU4J only.
 */
package org.mizan.names;
