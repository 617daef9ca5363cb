namespace Site.Web;

/// <summary>
/// Marks a page that lists posts by <c>?page=N</c>. Everywhere else that query changes nothing, so the output cache
/// keeps one copy of the page whatever it says, and its canonical link leaves it out.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class ListingAttribute : Attribute;
