import Descent

extension SceneReader {
    /// Refuses what a loss line cannot draw: it is curves of loss against α, so it has no
    /// plane for runs to move on, nothing to sweep, no steps to chart or animate.
    static func checkLine(_ top: YAMLMapping, problems: inout ProblemList) {
        let reasons = [
            "runs": "runs move on a plane, and this scene draws a loss line: use `plane:` instead of `line:` for runs",
            "start": "runs move on a plane, and this scene draws a loss line (no runs)",
            "steps": "runs move on a plane, and this scene draws a loss line (no runs); the network's updates are `train.steps`",
            "seed": "runs move on a plane, and this scene draws a loss line (no runs); the network's seeds are under `network`",
            "sweep": "a sweep varies runs, and a loss line has none",
            "charts": "companion charts follow runs, and a loss line has none; `line: {accuracy: true}` adds an accuracy chart",
            "animation": "a loss line is a still figure; animations follow runs on a plane",
        ]
        for key in top.keys {
            if let reason = reasons[key] { problems.add(top[key]!.error(reason)) }
        }
    }
}
