using System.Diagnostics;
using System.Globalization;

namespace Site.Content.Catalog;

/// <summary>
/// Runs one piece of work per file on the thread pool, all of them in parallel, and gives each at most a time limit
/// from when it starts: a file that breaks a library (a parser's depth limit, say) or takes too long is reported and
/// skipped, and never stops the others. Neither Markdig nor YamlDotNet can be cancelled, so work past its limit is
/// abandoned, not stopped. The waiting is asynchronous: no thread sits blocked per file, since blocking a worker per
/// file starved the pool (docs/benchmarks.md, step 8). The timer that ends a wait itself needs a pool thread,
/// which a busy machine can give it only after the work has finished; so the work's own measured duration decides
/// whether it kept to its limit, and the timer only stops waiting early.
/// </summary>
internal static class GuardedWork
{
    public static List<(T? Result, List<ContentDiagnostic> Diagnostics)> Run<TItem, T>(
        IReadOnlyList<TItem> items, Func<TItem, string> pathOf, TimeSpan limit, Func<TItem, List<ContentDiagnostic>, T?> work)
        where T : class =>
        RunAsync(items, pathOf, limit, work).GetAwaiter().GetResult();

    private static async Task<List<(T? Result, List<ContentDiagnostic> Diagnostics)>> RunAsync<TItem, T>(
        IReadOnlyList<TItem> items, Func<TItem, string> pathOf, TimeSpan limit, Func<TItem, List<ContentDiagnostic>, T?> work)
        where T : class
    {
        var jobs = items.Select(item =>
        {
            var own = new List<ContentDiagnostic>();
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var task = Task.Run(() =>
            {
                started.SetResult();
                var clock = Stopwatch.StartNew();
                var result = work(item, own);
                return (Result: result, Took: clock.Elapsed);
            });
            return (Path: pathOf(item), Own: own, Started: started.Task, Task: task);
        }).ToList();

        var results = new List<(T?, List<ContentDiagnostic>)>(jobs.Count);
        foreach (var job in jobs)
        {
            try
            {
                await job.Started.ConfigureAwait(false);
                try
                {
                    await job.Task.WaitAsync(limit).ConfigureAwait(false);
                }
                catch (TimeoutException) when (!job.Task.IsCompleted)
                {
                    results.Add((null, [TookTooLong(job.Path, limit)]));
                    continue;
                }
                catch (TimeoutException)
                {
                    // The work's own (a regex's timeout, say), or the timer's just as the work ended: the task tells which.
                }
                var (result, took) = await job.Task.ConfigureAwait(false);
                results.Add(took > limit ? (null, [TookTooLong(job.Path, limit)]) : (result, job.Own));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                results.Add((null, [.. job.Own, ContentDiagnostic.Error(job.Path, $"could not be read: {e.Message}")]));
            }
        }
        return results;
    }

    private static ContentDiagnostic TookTooLong(string path, TimeSpan limit) =>
        ContentDiagnostic.Error(path, string.Create(CultureInfo.InvariantCulture, $"took longer than {limit.TotalMilliseconds:N0} ms to read and render"))
            with { Setting = SourceSetting.MaxParseMilliseconds };
}
