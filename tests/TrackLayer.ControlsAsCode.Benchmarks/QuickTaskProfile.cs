using System.Diagnostics;
using TrackLayer.ControlsAsCode.Build.Reading;
using TrackLayer.ControlsAsCode.Build.Writing;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Benchmarks;

/// <summary>
/// A rough look at where document generation spends its time (<c>--quick-task</c>): read, model, each writer.
/// The figure to publish comes from <see cref="DocumentGenerationBenchmarks"/>.
/// </summary>
internal static class QuickTaskProfile
{
    public static void Run(int types, int runs)
    {
        var directory = Directory.CreateTempSubdirectory("tlc-quick-task-").FullName;
        try
        {
            var assembly = Path.Combine(directory, "Generated.Tracking.dll");
            new GeneratedCompilation(types, seed: 42).Emit(assembly);
            var withoutPdb = Path.Combine(Directory.CreateDirectory(Path.Combine(directory, "no-pdb")).FullName, "Generated.Tracking.dll");
            File.Copy(assembly, withoutPdb);
            Console.WriteLine($"{types} declared types, median of {runs} runs, milliseconds");
            for (var run = 0; run <= runs; run++)
            {
                var times = new List<(string Phase, double Ms)>();
                var watch = Stopwatch.StartNew();
                var read = DeclarationReader.Read(assembly, GeneratedCompilation.ProjectDirectory);
                times.Add(("read metadata and PDB", watch.Elapsed.TotalMilliseconds));
                watch.Restart();
                DeclarationReader.Read(withoutPdb);
                times.Add(("(read metadata alone, for comparison)", watch.Elapsed.TotalMilliseconds));
                watch.Restart();
                var documents = ComplianceDocumentSetBuilder.Build(new[] { read.Declarations! });
                times.Add(("build model", watch.Elapsed.TotalMilliseconds));
                foreach (var writer in DocumentWriters.All)
                {
                    watch.Restart();
                    var text = writer.Write(documents);
                    times.Add((writer.FileName + $" ({text.Length / 1024} KiB)", watch.Elapsed.TotalMilliseconds));
                }

                if (run == runs)
                {
                    foreach (var (phase, ms) in times) Console.WriteLine($"  {phase,-48} {ms,8:F1}");
                    Console.WriteLine($"  {"total",-48} {times.Where(t => !t.Phase.StartsWith('(')).Sum(t => t.Ms),8:F1}");
                }
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
