package org.gradientlab.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferenceDataTest {

    @Test
    void reads_every_case_and_decodes_non_finite_strings() {
        assertThat(ReferenceData.cases()).hasSizeGreaterThan(30);
        var losses = ReferenceData.outputs("s002-ex1-linreg-lr0.1").get("loss_first_12_epochs");
        assertThat(ReferenceData.vector(losses)[0]).isEqualTo(312.3002721382571);
        assertThat(ReferenceData.number(tools.jackson.databind.node.StringNode.valueOf("-Infinity")))
                .isEqualTo(Double.NEGATIVE_INFINITY);
    }
}
