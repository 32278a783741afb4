using TrackLayer.ControlsAsCode;

// The ISMS this service belongs to, and its certification status exactly as it may be told to customers.
[assembly: IsmsScope("TrackLayer server-side tracking pipeline: event intake, enrichment and destination routing",
    Organization = "TrackLayer", Owner = "Head of Security")]
[assembly: CertificationStatus(CertificationState.InProgress, AsOf = "2026-04-24", TargetWindow = "Q4 2026")]
