namespace Zmd.Vocational.Filing.Contracts;

/// <summary>The transaction lock of one school's filing of one dataset and year. An upload takes it before it replaces
/// the rows and checks again that the filing is editable; every transition takes it before it reads the filing. So a
/// submission or approval either lands before the upload's check (the upload is refused, nothing stored) or waits until
/// the upload has committed (and submits that upload): never between the check and the write. Whatever else is locked
/// with the filing (a data-quality explanation of its figures) takes the same lock for its own check and write.</summary>
public static class FilingLock
{
    public static string Key(FilingScope scope, string datasetCode) => $"filing:{scope.SchoolId:N}:{scope.Year}:{datasetCode}";
}
