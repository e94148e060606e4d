package org.ptzcam.media.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.ptzcam.codec.AudioCodec;
import org.ptzcam.codec.audio.AudioEncoderConfig;
import org.ptzcam.media.hub.AccessUnit;
import org.ptzcam.media.hub.Subscriber;
import org.ptzcam.media.hub.Subscription;

class LiveAudioTest {

    private final AtomicReference<AudioInput> settings = new AtomicReference<>(
            new AudioInput(false, null, 0, false, new AudioEncoderConfig(AudioCodec.AAC_LC, 16000, 1, 32)));

    @Test
    void oneEncoderPerCodecSharedByItsListenersAndStoppedWithTheLast() {
        try (LiveAudio live = new LiveAudio(settings::get, System::currentTimeMillis, 1, "t")) {
            assertThat(live.encoder(AudioCodec.OPUS)).isEqualTo(new AudioEncoderConfig(AudioCodec.OPUS, 16000, 1, 32));
            assertThat(live.encoder(AudioCodec.PCMU)).isEqualTo(AudioEncoderConfig.of(AudioCodec.PCMU));
            Subscription aac1 = live.subscribe(AudioCodec.AAC_LC, () -> { });
            Subscription aac2 = live.subscribe(() -> { });
            Subscription pcmu = live.subscribe(AudioCodec.PCMU, () -> { });
            assertThat(live.activeEncoders()).isEqualTo(2);
            await().atMost(Duration.ofSeconds(10)).until(() -> aac1.queued() > 3 && aac2.queued() > 3 && pcmu.queued() > 3);
            AccessUnit g711 = pcmu.poll();
            assertThat(g711.size()).isEqualTo(160);
            g711.release();
            pcmu.close();
            assertThat(live.activeEncoders()).isEqualTo(1);
            aac1.close();
            aac2.close();
            assertThat(live.activeEncoders()).isZero();
        }
    }

    @Test
    void changingTheSettingsCodecEndsItsListenersOnly() {
        try (LiveAudio live = new LiveAudio(settings::get, System::currentTimeMillis, 1, "t")) {
            AtomicBoolean aacEnded = new AtomicBoolean();
            AtomicBoolean opusEnded = new AtomicBoolean();
            Subscription aac = live.subscribe(ended(aacEnded));
            Subscription opus = live.subscribe(AudioCodec.OPUS, ended(opusEnded));
            settings.set(new AudioInput(false, null, 0, false, AudioEncoderConfig.of(AudioCodec.PCMU)));
            live.settingsChanged();
            assertThat(aacEnded).isTrue();
            // Opus from PCMU settings takes the Opus defaults, which differ: it restarts too
            assertThat(opusEnded).isTrue();
            aac.close();
            opus.close();
            AtomicBoolean pcmuEnded = new AtomicBoolean();
            Subscription pcmu = live.subscribe(ended(pcmuEnded));
            settings.set(new AudioInput(false, null, 6, false, AudioEncoderConfig.of(AudioCodec.PCMU)));
            live.settingsChanged();
            assertThat(pcmuEnded).as("a gain change keeps the stream").isFalse();
            pcmu.close();
        }
    }

    private static Subscriber ended(AtomicBoolean flag) {
        return new Subscriber() {
            @Override
            public void unitsAvailable() {
            }

            @Override
            public void streamEnded() {
                flag.set(true);
            }
        };
    }
}
