using System.Diagnostics;
using TrackLayer.ControlsAsCode.Build;
using TrackLayer.ControlsAsCode.Build.Reading;
using TrackLayer.ControlsAsCode.Build.Writing;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Benchmarks;

/// <summary>
/// A rough look at where document generation spends its time and memory (<c>--quick-task</c>): read, model, each
/// writer, and comparing with the previous documents.
/// The figure to publish comes from <see cref="DocumentGenerationBenchmarks"/>.
/// </summary>
internal static class QuickTaskProfile
{
    private const string Compare = "compare each document with its unchanged file";

    public static void Run(int types, int runs)
    {
        var directory = Directory.CreateTempSubdirectory("tlc-quick-task-").FullName;
        try
        {
            var assembly = Path.Combine(directory, "Generated.Tracking.dll");
            var generated = new GeneratedCompilation(types, seed: 42, projectDirectory: Path.Combine(directory, "src") + Path.DirectorySeparatorChar);
            generated.WriteSources(); // the task reads them for declaration lines, as in a real build
            generated.Emit(assembly);
            var withoutPdb = Path.Combine(Directory.CreateDirectory(Path.Combine(directory, "no-pdb")).FullName, "Generated.Tracking.dll");
            File.Copy(assembly, withoutPdb);
            var output = Directory.CreateDirectory(Path.Combine(directory, "compliance")).FullName;
            Console.WriteLine($"{types} declared types, {runs} runs after one to warm up: milliseconds (median, and minimum: the least disturbed on a shared machine), MB allocated");
            var measured = new List<List<(string Phase, double Ms, double Mb)>>();
            var buffer = new DocumentBuffer(); // its chunks made in the warm-up run and reused afterwards (as in the task's lanes)
            var block = new byte[AtomicFile.CompareBlockSize];
            for (var run = 0; run <= runs; run++)
            {
                var phases = new List<(string Phase, double Ms, double Mb)>();
                var clock = Stopwatch.StartNew();
                var allocated = GC.GetAllocatedBytesForCurrentThread();

                // Adds the time and memory since the last lap to a phase (a phase named twice sums both laps).
                void Lap(string phase)
                {
                    var now = GC.GetAllocatedBytesForCurrentThread();
                    var (ms, mb) = (clock.Elapsed.TotalMilliseconds, (now - allocated) / 1048576.0);
                    var at = phases.FindIndex(p => p.Phase == phase);
                    if (at < 0) phases.Add((phase, ms, mb));
                    else phases[at] = (phase, phases[at].Ms + ms, phases[at].Mb + mb);
                    allocated = now;
                    clock.Restart();
                }

                var read = DeclarationReader.Read(assembly, generated.ProjectDirectory);
                Lap("read metadata, PDB and sources");
                DeclarationReader.Read(withoutPdb);
                Lap("(read metadata alone, for comparison)");
                var documents = ComplianceDocumentSetBuilder.Build(new[] { read.Declarations! });
                Lap("build model");
                foreach (var writer in DocumentWriters.All)
                {
                    buffer.Clear();
                    writer.Write(documents, buffer);
                    Lap(writer.FileName + $" ({buffer.Length / 1024} KiB)");
                    var path = Path.Combine(output, writer.FileName);
                    if (run == 0) CompareOrWrite(path, buffer, block);
                    clock.Restart();
                    if (!CompareOrWrite(path, buffer, block)) throw new InvalidOperationException(writer.FileName + " differs between runs.");
                    Lap(Compare);
                }

                var compare = phases.Single(p => p.Phase == Compare); // summed over the documents: listed after them
                phases.Remove(compare);
                phases.Add(compare);
                if (run > 0) measured.Add(phases);
            }

            for (var phase = 0; phase < measured[0].Count; phase++)
            {
                Console.WriteLine($"  {measured[0][phase].Phase,-48} {Median(measured.Select(r => r[phase].Ms)),8:F1} {measured.Min(r => r[phase].Ms),8:F1} {Median(measured.Select(r => r[phase].Mb)),8:F1}");
            }

            var counted = measured.Select(r => r.Where(t => !t.Phase.StartsWith('(')).ToList()).ToList();
            Console.WriteLine($"  {"total",-48} {Median(counted.Select(r => r.Sum(t => t.Ms))),8:F1} {counted.Min(r => r.Sum(t => t.Ms)),8:F1} {Median(counted.Select(r => r.Sum(t => t.Mb))),8:F1}");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>
    /// Hands the rendered document to a sink, as the task's lanes do chunk by chunk, and puts a changed one in place;
    /// true when the file already held exactly these bytes.
    /// </summary>
    private static bool CompareOrWrite(string path, DocumentBuffer buffer, byte[] block)
    {
        using var sink = new DocumentFileSink(path, block);
        foreach (var segment in buffer.Segments)
        {
            sink.Accept(segment.Array!, segment.Count); // a buffer's segments start at the beginning of their chunk
        }

        var (changed, temporary, failure) = sink.Finish();
        if (failure is not null) throw failure;
        if (temporary is not null) AtomicFile.Commit(temporary, path);
        return !changed;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    /// <summary>
    /// Runs the task on a generated assembly and leaves its documents in <paramref name="folder"/> (<c>--write-task</c>):
    /// keep one set from before a change to the writers and diff it byte for byte with one from after. Further runs
    /// regenerate into the same folder (unchanged documents, as in the benchmark) and print their times.
    /// </summary>
    public static void WriteDocuments(int types, string folder, int runs)
    {
        var directory = Directory.CreateTempSubdirectory("tlc-write-task-").FullName;
        try
        {
            var assembly = Path.Combine(directory, "Generated.Tracking.dll");
            new GeneratedCompilation(types, seed: 42).Emit(assembly);
            var times = new List<double>();
            for (var run = 0; run <= runs; run++)
            {
                var task = new GenerateComplianceDocuments
                {
                    Assembly = assembly,
                    OutputDirectory = Path.GetFullPath(folder),
                    ProjectDirectory = GeneratedCompilation.DefaultProjectDirectory,
                    BuildEngine = new DocumentGenerationBenchmarks.SilentBuildEngine(),
                };
                var clock = Stopwatch.StartNew();
                if (!task.Execute()) throw new InvalidOperationException("The task failed on the generated assembly.");
                times.Add(clock.Elapsed.TotalMilliseconds);
                if (run == 0) Console.WriteLine($"{task.WrittenFiles.Length} documents in {Path.GetFullPath(folder)} ({task.ChangedFiles.Length} changed)");
            }

            if (runs > 0)
            {
                var again = times.Skip(1).Order().ToList();
                Console.WriteLine($"{runs} more runs over unchanged documents: median {again[again.Count / 2]:F1} ms (min {again[0]:F1}, max {again[^1]:F1})");
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
