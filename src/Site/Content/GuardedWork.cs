namespace Site.Content;

/// <summary>
/// Runs one piece of work per file on the thread pool, all of them in parallel, and gives each at most a time limit
/// from when it starts: a file that breaks a library (a parser's depth limit, say) or takes too long is reported and
/// skipped, and never stops the others. Neither Markdig nor YamlDotNet can be cancelled, so work past its limit is
/// abandoned, not stopped. The waiting is asynchronous: no thread sits blocked per file (blocking a worker per file
/// starved the pool and slowed a 10,000-post start by a third).
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
                return work(item, own);
            });
            return (Path: pathOf(item), Own: own, Started: started.Task, Task: task);
        }).ToList();

        var results = new List<(T?, List<ContentDiagnostic>)>(jobs.Count);
        foreach (var job in jobs)
        {
            var found = new List<ContentDiagnostic>();
            try
            {
                await job.Started.ConfigureAwait(false);
                var result = await job.Task.WaitAsync(limit).ConfigureAwait(false);
                found.AddRange(job.Own);
                results.Add((result, found));
            }
            catch (TimeoutException) when (!job.Task.IsCompleted)
            {
                found.Add(ContentDiagnostic.Error(job.Path, $"took longer than {limit.TotalMilliseconds:N0} ms to read and render (Site:MaxParseMilliseconds)"));
                results.Add((null, found));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                found.AddRange(job.Own);
                found.Add(ContentDiagnostic.Error(job.Path, $"could not be read: {e.Message}"));
                results.Add((null, found));
            }
        }
        return results;
    }
}
