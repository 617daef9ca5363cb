namespace Site.Web;

/// <summary>
/// Says that an endpoint's responses are made anew for each request and never kept: search results, one page per query
/// and page number, are too many to keep, and a flood of random queries would push the site's own pages out of the
/// output cache they share. Each is fast enough to make (docs/benchmarks.md, search), and compressed at the fastest
/// levels (<see cref="PageCaching"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = true)]
public sealed class MadePerRequestAttribute : Attribute;
