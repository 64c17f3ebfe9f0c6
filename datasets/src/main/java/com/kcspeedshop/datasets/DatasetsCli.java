package com.kcspeedshop.datasets;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code datasets list} tells where to download each dataset; {@code datasets verify --dir D} checks a copy. */
@Command(name = "datasets", mixinStandardHelpOptions = true, subcommands = {DatasetsCli.ListCommand.class,
        DatasetsCli.VerifyCommand.class}, description = {
            "The public datasets KC Speedshop trains and evaluates on.",
            "Download them from their publishers ('list'), then check your copy ('verify')."})
public final class DatasetsCli {

    public static void main(String[] args) {
        System.exit(new CommandLine(new DatasetsCli()).execute(args));
    }

    @Command(name = "list", description = "Where each dataset comes from, and its licence.")
    static final class ListCommand implements Callable<Integer> {
        @Override
        public Integer call() {
            for (Dataset d : DatasetCatalog.load().datasets()) {
                System.out.printf("%s%n  folder:  %s%n  source:  %s%n  licence: %s%n%n", d.title(), d.folder(),
                        d.source(), d.licence());
            }
            return 0;
        }
    }

    @Command(name = "verify", description = "Compare the files under --dir with the sha256 sums we verified.")
    static final class VerifyCommand implements Callable<Integer> {
        @Option(names = "--dir", required = true, description = "The datasets root, e.g. ../shared/datasets")
        Path dir;

        @Override
        public Integer call() {
            List<DatasetVerifier.Result> results = new DatasetVerifier(DatasetCatalog.load()).verify(dir);
            long ok = results.stream().filter(r -> r.status() == DatasetVerifier.Status.OK).count();
            results.stream().filter(r -> r.status() != DatasetVerifier.Status.OK)
                    .forEach(r -> System.out.printf("%-8s %s%n", r.status(), r.path()));
            System.out.printf("%d of %d files verified%n", ok, results.size());
            return ok == results.size() ? 0 : 1;
        }
    }
}
