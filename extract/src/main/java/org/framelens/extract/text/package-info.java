/**
 * Shared text primitives for the tagging stages: tokens with offsets and lower-case forms.
 */
package org.framelens.extract.text;
