package dev.craft.server.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.craft.server.api.ApiException;
import dev.craft.server.api.ProblemType;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class UploadAdmissionTest {

    private static UploadAdmission admission(int concurrency, long timeoutMs) {
        return new UploadAdmission(new UploadSettings(1024, concurrency, timeoutMs), new SimpleMeterRegistry());
    }

    @Test
    void shouldNeverRunMorePushesAtOnceThanTheConcurrencyWhenManyArriveTogether() throws Exception {
        var admission = admission(3, 60_000);
        var running = new AtomicInteger();
        var most = new AtomicInteger();
        try (var pool = Executors.newFixedThreadPool(20)) {
            var futures = new ArrayList<Future<Integer>>();
            for (int i = 0; i < 60; i++) {
                int n = i;
                futures.add(pool.submit(() -> admission.run(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    running.decrementAndGet();
                    return n;
                })));
            }
            for (int i = 0; i < futures.size(); i++) assertThat(futures.get(i).get(30, TimeUnit.SECONDS)).isEqualTo(i);
        }
        assertThat(most.get()).isBetween(1, 3);
    }

    @Test
    void shouldAnswerServerBusyAndRunNothingWhenTheTurnDoesNotComeInTime() throws Exception {
        var admission = admission(1, 50);
        var holding = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        try (var pool = Executors.newSingleThreadExecutor()) {
            var first = pool.submit(() -> admission.run(() -> {
                holding.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "first";
            }));
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
            var ran = new AtomicInteger();
            assertThatThrownBy(() -> admission.run(ran::incrementAndGet))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.type()).isEqualTo(ProblemType.SERVER_BUSY);
                        assertThat(e.getMessage()).contains("craft.upload.concurrency").contains("nothing was stored");
                    });
            assertThat(ran).hasValue(0);
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
        }
        assertThat(admission.run(() -> "after")).isEqualTo("after");
    }

    @Test
    void shouldRefuseAConcurrencyBelowOneWhenConfigured() {
        assertThatThrownBy(() -> new UploadSettings(1024, 0, 1000)).hasMessageContaining("craft.upload.concurrency");
    }
}
