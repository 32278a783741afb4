using System.Runtime.CompilerServices;

namespace TrackLayer.ControlsAsCode.Build;

/// <summary>
/// For the loops a build runs millions of times (escaping, encoding, rows, metadata tables): compiled optimized at
/// their first call.
/// </summary>
/// <remarks>
/// The task runs once per build, in a short-lived MSBuild process. With .NET's tiered JIT every method starts as
/// quick, unoptimized code (no inlining) and is recompiled only after it has been called for a while, so for most of a
/// one-shot run the hot paths ran unoptimized: 245 ms for 5,000 types instead of 110 ms. .NET Framework has no
/// tiering (every method is optimized already), so the option is .NET-only.
/// </remarks>
internal static class HotPath
{
#if NET
    public const MethodImplOptions Optimized = MethodImplOptions.AggressiveOptimization;
#else
    public const MethodImplOptions Optimized = 0;
#endif
}
