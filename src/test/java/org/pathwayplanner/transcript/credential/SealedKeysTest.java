package org.pathwayplanner.transcript.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The private keys are kept sealed: opened only with the secret they were sealed with, and only unaltered. */
class SealedKeysTest {

    private final byte[] seed = "0123456789abcdef0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @Test
    void aSealedKeyOpensWithItsSecretAndDoesNotShowTheKey() {
        SealedKeys seals = new SealedKeys("the district's long secret");

        byte[] sealed = seals.seal(seed);

        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("0123456789");
        assertThat(seals.open(sealed)).isEqualTo(seed);
        assertThat(seals.seal(seed)).isNotEqualTo(sealed);
    }

    @Test
    void anotherSecretOrAChangedByteIsRefused() {
        byte[] sealed = new SealedKeys("the district's long secret").seal(seed);

        assertThatThrownBy(() -> new SealedKeys("somebody else's secret").open(sealed))
                .hasMessageContaining("key-secret");
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> new SealedKeys("the district's long secret").open(sealed))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void noSecretOrAShortOneIsRefusedAtStart() {
        assertThatThrownBy(() -> new SealedKeys("")).hasMessageContaining("pathway-planner.credentials.key-secret");
        assertThatThrownBy(() -> new SealedKeys("short")).hasMessageContaining("at least 16");
    }
}
