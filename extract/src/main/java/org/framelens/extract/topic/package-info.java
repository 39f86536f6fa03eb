/**
 * Topic tagging: {@link org.framelens.extract.topic.TopicLabeler} gives each sentence every topic
 * of the codebook's taxonomy whose terms it contains, with the terms as evidence.
 */
package org.framelens.extract.topic;
