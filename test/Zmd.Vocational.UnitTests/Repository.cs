namespace Zmd.Vocational.UnitTests;

/// <summary>Folders of the repository, found by walking up from the test binaries to Zmd.Vocational.sln.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Zmd.Vocational.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Zmd.Vocational.sln not found above " + AppContext.BaseDirectory);
    }
}
