using TrackLayer.ControlsAsCode.CodebaseGenerator;

// Usage: <out-dir> [--files N] [--seed S] [--violations planted|none] [--package-source DIR] [--package-version V]
// Writes a generated tracking codebase as a project that references the toolkit package from a folder feed.
if (args.Length == 0 || args[0].StartsWith('-'))
{
    Console.Error.WriteLine("usage: <out-dir> [--files 500] [--seed 42] [--violations planted|none] [--package-source artifacts/packages] [--package-version 0.1.0]");
    return 2;
}

var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 1; i + 1 < args.Length; i += 2) options[args[i]] = args[i + 1];

var files = int.Parse(options.GetValueOrDefault("--files", "500"));
var seed = int.Parse(options.GetValueOrDefault("--seed", "42"));
var violations = options.GetValueOrDefault("--violations", "planted") switch
{
    "planted" => true,
    "none" => false,
    var other => throw new ArgumentException($"--violations must be 'planted' or 'none', not '{other}'."),
};
var codebase = CodebaseGenerator.Generate(files, seed, violations);
CodebaseGenerator.WriteProject(args[0], codebase,
    options.GetValueOrDefault("--package-source", "artifacts/packages"),
    options.GetValueOrDefault("--package-version", "0.1.0"));

Console.WriteLine($"{codebase.Facts.Files} files written to {Path.GetFullPath(args[0])}");
Console.WriteLine(codebase.Facts);
return 0;
