package org.hearth.bench;

import java.nio.file.Path;
import java.time.Clock;
import org.hearth.service.OpenVault;
import org.hearth.service.Vault;
import org.hearth.store.DataFolder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("benchmark")
class ServiceProbe {
    @Test
    void probe() throws Exception {
        Vault.warmUp();
        Path data = Path.of("target", "bench", "data-10000").toAbsolutePath();
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            try (OpenVault open = new Vault(new DataFolder(data), Clock.systemDefaultZone())
                    .open("a benchmark passphrase".toCharArray(), () -> "x")) {
                long t1 = System.nanoTime();
                int today = open.followUp().today().size();
                long t2 = System.nanoTime();
                int cases = open.cases().cases().size();
                long t3 = System.nanoTime();
                int due = open.followUp().reviewsDueToday();
                long t4 = System.nanoTime();
                System.out.printf("open %.0f ms, today %.0f ms (%d), cases %.0f ms (%d), due %.0f ms%n",
                        (t1 - t0) / 1e6, (t2 - t1) / 1e6, today, (t3 - t2) / 1e6, cases, (t4 - t3) / 1e6);
            }
        }
    }
}
