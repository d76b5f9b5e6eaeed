package dev.keel.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFileStoreTests {

    @TempDir
    Path root;

    private static final byte[] HELLO = "你好, Keel".getBytes(StandardCharsets.UTF_8);

    @Test
    void storesContentUnderItsSha256InTwoFolderLevelsAndReadsItBack() throws IOException {
        FileStore store = new LocalFileStore(root, List.of());
        FileStore.StoredFile stored =
                store.store(new ByteArrayInputStream(HELLO), 1024).orElseThrow();

        String expected = ContentHash.sha256(HELLO);
        assertThat(stored.sha256()).isEqualTo(expected).matches("[0-9a-f]{64}");
        assertThat(stored.size()).isEqualTo(HELLO.length);
        assertThat(root.resolve(expected.substring(0, 2))
                        .resolve(expected.substring(2, 4))
                        .resolve(expected))
                .hasBinaryContent(HELLO);
        assertThat(store.read(expected)).isEqualTo(HELLO);
        try (InputStream in = store.open(expected)) {
            assertThat(in.readAllBytes()).isEqualTo(HELLO);
        }
        assertThat(store.exists(expected)).isTrue();
        assertThat(store.exists(ContentHash.sha256(new byte[] {1}))).isFalse();
    }

    @Test
    void keepsIdenticalContentOnceAndLeavesNoTemporaryFiles() throws IOException {
        FileStore store = new LocalFileStore(root, List.of());
        String a = store.store(HELLO).sha256();
        String b =
                store.store(new ByteArrayInputStream(HELLO), 1024).orElseThrow().sha256();

        assertThat(a).isEqualTo(b);
        assertThat(files()).hasSize(1);
    }

    @Test
    void refusesContentOverTheLimitAndKeepsNothingOfIt() throws IOException {
        FileStore store = new LocalFileStore(root, List.of());

        assertThat(store.store(new ByteArrayInputStream(new byte[1025]), 1024)).isEmpty();
        assertThat(store.store(new ByteArrayInputStream(new byte[1024]), 1024)).isPresent();
        assertThat(files()).hasSize(1);
    }

    @Test
    void readsFilesThatEarlierReleasesWroteInTheirOwnLayouts() throws IOException {
        String mail = ContentHash.sha256(HELLO);
        Path eml =
                root.resolve(mail.substring(0, 2)).resolve(mail.substring(2, 4)).resolve(mail + ".eml");
        Files.createDirectories(eml.getParent());
        Files.write(eml, HELLO);
        byte[] article = "article".getBytes(StandardCharsets.UTF_8);
        String articleSha = ContentHash.sha256(article);
        Path oneLevel = root.resolve(articleSha.substring(0, 2)).resolve(articleSha);
        Files.createDirectories(oneLevel.getParent());
        Files.write(oneLevel, article);

        FileStore withLegacy =
                new LocalFileStore(root, List.of(FileArea.LegacyLayout.EML_SUFFIX, FileArea.LegacyLayout.ONE_LEVEL));
        assertThat(withLegacy.read(mail)).isEqualTo(HELLO);
        assertThat(withLegacy.read(articleSha)).isEqualTo(article);
        assertThat(withLegacy.exists(mail)).isTrue();
        // storing the same content again finds the old file instead of writing a second copy
        withLegacy.store(HELLO);
        assertThat(files()).hasSize(2);

        FileStore without = new LocalFileStore(root, List.of());
        assertThat(without.exists(mail)).isFalse();
    }

    @Test
    void aNameThatIsNotAHashIsRefusedSoNoPathCanBeReached() {
        FileStore store = new LocalFileStore(root, List.of());

        assertThatThrownBy(() -> store.read("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.open("ABCDEF")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.exists("0".repeat(63))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concurrentWritersOfTheSameContentAllSucceedWithOneFile() throws Exception {
        FileStore store = new LocalFileStore(root, List.of());
        byte[] content = new byte[200_000];
        new java.util.Random(7).nextBytes(content);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<String>> writers = Stream.<Callable<String>>generate(
                            () -> () -> store.store(new ByteArrayInputStream(content), content.length)
                                    .orElseThrow()
                                    .sha256())
                    .limit(8)
                    .toList();
            List<String> hashes = new java.util.ArrayList<>();
            for (Future<String> f : pool.invokeAll(writers)) {
                hashes.add(f.get());
            }
            assertThat(hashes).containsOnly(ContentHash.sha256(content));
        } finally {
            pool.shutdownNow();
        }
        assertThat(files()).hasSize(1);
        assertThat(store.read(ContentHash.sha256(content))).isEqualTo(content);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }
}
