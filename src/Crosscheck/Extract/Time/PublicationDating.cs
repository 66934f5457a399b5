using Crosscheck.Pipeline;

namespace Crosscheck.Extract.Time;

/// <summary>
/// Gives every report a publication date (inferring it from its own dates or its story when the
/// source states none) and then resolves every time expression against it.
/// </summary>
public sealed class PublicationDating : ICorpusStage
{
    public string Name => "dating";

    public void Process(CorpusContext context)
    {
        // STUB
    }
}
