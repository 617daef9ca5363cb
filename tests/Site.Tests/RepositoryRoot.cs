namespace Site.Tests;

/// <summary>The repository's root folder (the one holding Site.sln), found from the test binaries.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Site.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException($"No Site.sln above {AppContext.BaseDirectory}");
    }
}
