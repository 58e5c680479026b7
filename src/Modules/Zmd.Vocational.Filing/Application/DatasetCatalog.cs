using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Filing.Contracts;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.Filing.Application;

/// <summary>The datasets of every module that registered an <see cref="IDatasetHandler"/>, in filing order.</summary>
internal sealed class DatasetCatalog(IEnumerable<IDatasetHandler> handlers, ISchoolDirectory schools, ICurrentUser user) : IDatasetCatalog
{
    private readonly IReadOnlyList<IDatasetHandler> _handlers = handlers.OrderBy(h => h.Definition.Order).ToList();

    public IReadOnlyList<DatasetDto> List() => _handlers.Select(h => ToDto(h.Definition)).ToList();

    public IReadOnlyList<DatasetDto> ListFor(SchoolType schoolType) =>
        _handlers.Where(h => h.Definition.AppliesTo(schoolType)).Select(h => ToDto(h.Definition)).ToList();

    public async Task<IReadOnlyList<DatasetDto>> ListForCurrentUserAsync(CancellationToken ct = default)
    {
        if (user.SeesAllSchools() || user.SchoolId is not { } schoolId)
        {
            return List();
        }

        return ListFor((await schools.GetAsync(schoolId, ct)).Type);
    }

    public DatasetDto Get(string code) => ToDto(Handler(code).Definition);

    public IDatasetHandler Handler(string code) =>
        _handlers.FirstOrDefault(h => h.Definition.Code == code)
        ?? throw new BusinessException(FilingErrorCodes.UnknownDataset, ErrorKind.NotFound, FilingLedger.Args("code", code));

    private static DatasetDto ToDto(DatasetDefinition d) =>
        new(d.Code, d.NameZh, d.NameEn, d.Order,
            d.Columns.Select(c => new DatasetColumnDto(c.Key, c.HeaderZh, c.HeaderEn, c.Type, c.Required, c.MaxLength, c.Options, c.NoteZh)).ToList(),
            d.SchoolTypes);
}
