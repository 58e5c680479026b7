namespace Zmd.Vocational.Filing.Contracts;

/// <summary>A dynamic code list offered by another module for coded columns (a dataset names it in
/// DatasetColumn.OptionsSource). Filing cannot reference the modules that depend on it, so they register providers.</summary>
public interface ICodeListProvider
{
    string Name { get; }

    Task<IReadOnlyList<CodeOption>> LoadAsync(CancellationToken ct);
}
