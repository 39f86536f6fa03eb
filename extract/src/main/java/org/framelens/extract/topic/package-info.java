/**
 * Topic tagging: {@link org.framelens.extract.topic.TopicLabeler} gives each sentence every topic
 * of the codebook's taxonomy whose terms it contains, with the terms as evidence;
 * {@link org.framelens.extract.topic.ArticleTopics} then gives a sentence without a term of its own
 * the article's main topics, with evidence that says so.
 */
package org.framelens.extract.topic;
