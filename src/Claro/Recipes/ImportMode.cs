namespace Claro.Recipes;

/// <summary>What an import does, decided by whether the site already has content.</summary>
public enum ImportMode
{
    /// <summary>Into an empty database: the recipe's states, authors and audit trail are kept as they were, and each document records that it was restored.</summary>
    Restore,

    /// <summary>Into a site with content: nothing goes public. The newest version of each page waits for review, written by whoever imports it, so a second person must approve it.</summary>
    Review,
}
