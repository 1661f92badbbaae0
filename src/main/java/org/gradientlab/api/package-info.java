/**
 * The JSON API under {@code /api/v1} (DESIGN §8): the engine's computations and practice grading for outside
 * tools. This package holds what every endpoint shares: the error shape ({@link org.gradientlab.api.ApiException}),
 * the strict request reader ({@link org.gradientlab.api.ApiJson}), the size and rate limits and the OpenAPI
 * document; the endpoints live in the feature packages {@code expressions}, {@code optimize} and {@code exercises}.
 */
package org.gradientlab.api;
