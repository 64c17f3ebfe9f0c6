package com.kcspeedshop.local;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirLockTest {

    @TempDir
    Path dataDir;

    @Test
    void aSecondLauncherOnTheSameFolderIsRefusedUntilTheFirstStops() {
        try (DataDirLock first = DataDirLock.acquire(dataDir)) {
            assertThatThrownBy(() -> DataDirLock.acquire(dataDir))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Another KC Speedshop is running on");
        }
        DataDirLock.acquire(dataDir).close();
    }
}
