namespace Zmd.Vocational.Filing.Contracts;

/// <summary>A stored row whose <see cref="DatasetDefinition.UniqueAcrossSchools"/> value (<paramref name="Value"/>, an ID
/// number) another school also filed for the year: the uploading school's row and the other school's.</summary>
public sealed record CrossSchoolClash(string Value, ClashedRow Row, Guid OtherSchoolId, ClashedRow OtherRow);

/// <summary>Enough to find a row in its school's filing: the dataset's own row key (a student number) and a name.</summary>
public sealed record ClashedRow(string Number, string Name);
