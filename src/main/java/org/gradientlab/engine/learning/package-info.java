/**
 * Learning from data with the engine's optimizers: seeded data generators ({@link
 * org.gradientlab.engine.learning.SeededRandom} is the engine's only random source), linear regression
 * y = w·x + b ({@link org.gradientlab.engine.learning.LinearRegression}), mini-batch SGD and gradient
 * noise per batch size ({@link org.gradientlab.engine.learning.BatchSizeStudy}) and a small neural
 * network ({@link org.gradientlab.engine.learning.Mlp}, trained by {@link
 * org.gradientlab.engine.learning.MlpTrainer}). Start from the data class of the lesson at hand.
 */
package org.gradientlab.engine.learning;
