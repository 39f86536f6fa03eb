/**
 * Aligning the outlets of one story: which quotations they share (verbatim or nearly, whole or
 * trimmed), which sentences reword the same content, what only one outlet carried, and the wording
 * that sets an outlet apart. The stage is {@link org.framelens.extract.align.StoryAligner}; the
 * default is {@link org.framelens.extract.align.ShingleAligner}.
 */
package org.framelens.extract.align;
